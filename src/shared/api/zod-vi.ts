import { z } from 'zod';

/**
 * Vietnamese messages for zod, written for officials rather than engineers.
 * The field's name is added in front by `describeIssue`.
 */
export const vietnameseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'chưa được nhập';
      if (issue.expected === 'number' || issue.expected === 'int') return 'phải là một số';
      if (issue.expected === 'string') return 'phải là chữ';
      if (issue.expected === 'boolean') return 'phải là có hoặc không';
      if (issue.expected === 'array') return 'phải là một danh sách';
      return 'không đúng kiểu dữ liệu';
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'chưa được nhập' : `phải có ít nhất ${min} ký tự`;
      if (issue.origin === 'array') return `phải có ít nhất ${min} mục`;
      return issue.inclusive ? `phải từ ${min} trở lên` : `phải lớn hơn ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `không được dài quá ${max} ký tự`;
      if (issue.origin === 'array') return `không được quá ${max} mục`;
      return issue.inclusive ? `không được lớn hơn ${max}` : `phải nhỏ hơn ${max}`;
    }
    case 'invalid_format':
      return 'không đúng định dạng';
    case 'invalid_value':
      return 'không phải là giá trị được chấp nhận';
    case 'unrecognized_keys':
      return `có trường không được hỗ trợ: ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return 'không đúng bước giá trị';
    default:
      return 'không hợp lệ';
  }
};

z.config({ customError: vietnameseErrorMap });

export { z };
