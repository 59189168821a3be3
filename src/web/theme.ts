import {
  Badge,
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  Modal,
  Notification,
  PasswordInput,
  Select,
} from '@mantine/core';

/** Deep official red; shade 7 carries white text at about 7:1. */
const brand: MantineColorsTuple = [
  '#fdecec',
  '#f7d4d4',
  '#eea6a6',
  '#e57676',
  '#dd4d4d',
  '#d63434',
  '#c42626',
  '#a61e1e',
  '#8a1818',
  '#6b1111',
];

/** Gold accent for seals and highlights; always used with dark text (autoContrast). */
const gold: MantineColorsTuple = [
  '#fff8e1',
  '#ffefb8',
  '#ffe38a',
  '#ffd75c',
  '#fccb36',
  '#f5bf1d',
  '#dba60f',
  '#b08306',
  '#7f5e02',
  '#5a4200',
];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 7,
  colors: { brand, gold },
  autoContrast: true,
  fontFamily: '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  fontSizes: { xs: '0.875rem', sm: '1rem', md: '1rem', lg: '1.125rem', xl: '1.25rem' },
  headings: { fontWeight: '700' },
  defaultRadius: 'sm',
  components: {
    Tooltip: { defaultProps: { multiline: true, maw: 320 } },
    // Mantine names some of its own buttons in English; give them Vietnamese names.
    PasswordInput: PasswordInput.extend({
      defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Hiện hoặc ẩn mật khẩu' } },
    }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Đóng' } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Đóng thông báo' } },
    }),
    Select: Select.extend({ defaultProps: { clearButtonProps: { 'aria-label': 'Bỏ chọn' } } }),
    // Light badges put shade-9 text on shade-1 ground (AA); Vietnamese reads better without capitals.
    Badge: Badge.extend({
      defaultProps: { variant: 'light', size: 'lg', radius: 'sm' },
      styles: {
        root: { textTransform: 'none', fontWeight: 600, flexShrink: 0, maxWidth: 'none' },
        label: { overflow: 'visible' },
      },
    }),
  },
});

/** Mantine's default dimmed and error colours are below 4.5:1 on white; use darker shades. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-brand-8)',
  },
  dark: {},
});
