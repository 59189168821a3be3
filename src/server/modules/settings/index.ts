/** Settings of the installation ("Cài đặt"): the public address certificates' QR codes open. */
export { settingsRoutes } from './settings.routes.ts';
export { certificateBaseUrl, publicAddress, setPublicAddress } from './settings.service.ts';
