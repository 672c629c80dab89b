import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's defaults with the shades that keep WCAG 2.2 AA contrast (4.5:1) on white: the
 * primary blue at shade 8, error texts in red 9, secondary ("dimmed") texts in gray 7.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
