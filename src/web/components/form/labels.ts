/** The words of the shared form parts (lists of items with up, down and remove). */
export const FORM = {
  list: {
    add: (item: string) => `Thêm ${item.toLocaleLowerCase('vi')}`,
    up: (item: string, n: number) => `Đưa ${item.toLocaleLowerCase('vi')} ${n} lên trên`,
    down: (item: string, n: number) => `Đưa ${item.toLocaleLowerCase('vi')} ${n} xuống dưới`,
    remove: (item: string, n: number) => `Xóa ${item.toLocaleLowerCase('vi')} ${n}`,
    empty: 'Chưa có mục nào.',
  },
} as const;

/** A [label, description] pair from the catalogue. */
export type FieldText = readonly [string, string];
