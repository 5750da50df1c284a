import { createTheme } from '@mantine/core'

// Dense by default, as desktop billing programs are: a billing specialist reads many rows at once
// and types more than clicks. Table rows ≈ 24 px, page titles that leave room for the work, inputs
// and buttons one step smaller — set here once so every screen follows. Text stays ≥ 12 px.
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'sm',
  fontSizes: { xs: '12px', sm: '13px', md: '14px', lg: '16px', xl: '18px' },
  spacing: { xs: '6px', sm: '8px', md: '12px', lg: '16px', xl: '24px' },
  headings: {
    sizes: {
      h1: { fontSize: '22px', lineHeight: '1.3' },
      h2: { fontSize: '19px', lineHeight: '1.3' },
      h3: { fontSize: '16px', lineHeight: '1.35' },
      h4: { fontSize: '15px', lineHeight: '1.4' },
      h5: { fontSize: '14px', lineHeight: '1.4' },
    },
  },
  components: {
    TextInput: { defaultProps: { size: 'sm' } },
    PasswordInput: { defaultProps: { size: 'sm' } },
    Select: { defaultProps: { size: 'sm' } },
    Button: { defaultProps: { size: 'sm' } },
    Tabs: { defaultProps: { fz: 'sm' } },
    Table: {
      defaultProps: {
        striped: true,
        highlightOnHover: true,
        verticalSpacing: 2,
        horizontalSpacing: 'xs',
        fz: 'sm',
      },
    },
  },
})
