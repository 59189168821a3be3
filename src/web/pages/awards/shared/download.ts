import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { ApiError } from '../../../api/client.ts';

/** The file name the server gave (filename* in UTF-8 first), or `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

async function problemOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON
  }
  return response.status >= 500
    ? 'Máy chủ gặp sự cố khi tạo tệp. Vui lòng thử lại sau ít phút.'
    : `Không tải được tệp (mã ${response.status}).`;
}

/**
 * Downloads a generated file (Word, PDF, Excel) while the button shows that it is being made; a refusal
 * (a draft has no certificates yet, …) is shown in Vietnamese instead of saving an error page.
 */
export function useFileDownload() {
  const [pending, setPending] = useState<string | null>(null);
  const download = useCallback(async (url: string, fallbackName: string) => {
    setPending(url);
    try {
      let response: Response;
      try {
        response = await fetch(url, { credentials: 'same-origin' });
      } catch {
        throw new ApiError(
          0,
          'NETWORK',
          'Không kết nối được tới máy chủ. Vui lòng kiểm tra mạng và thử lại.',
        );
      }
      if (!response.ok) throw new ApiError(response.status, 'DOWNLOAD', await problemOf(response));
      const blob = await response.blob();
      const href = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = href;
      a.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Chưa tải được tệp',
        message: error instanceof Error ? error.message : String(error),
        autoClose: false,
      });
    } finally {
      setPending(null);
    }
  }, []);
  return { download, pending };
}
