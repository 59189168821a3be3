import { Alert } from '@mantine/core';
import { PUBLIC_ADDRESS_LABEL } from '../../../../core/settings/public-address.ts';
import { usePublicAddress } from '../../../api/settings.ts';

/**
 * Before anyone presses "In giấy khen": while the installation has no usable public address the server
 * refuses to print, so say why and who can fix it.
 */
export function CertificatesAddressNote() {
  const query = usePublicAddress();
  const problem = query.data?.problem;
  if (!problem) return null;
  return (
    <Alert color="orange" variant="light" role="status">
      {`Chưa in được giấy khen: ${PUBLIC_ADDRESS_LABEL} ${problem}, nên mã QR sẽ không mở được. Quản trị hệ thống đặt địa chỉ này ở mục “Cài đặt”.`}
    </Alert>
  );
}
