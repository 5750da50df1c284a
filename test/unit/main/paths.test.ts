import { describe, expect, it } from 'vitest'
import { defaultDataDir } from '../../../src/main/paths'

describe('default data folder', () => {
  it('follows the platform app-data convention, like Electron', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain(
      'ClaimDesk',
    )
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/a/.config' }, 'linux')).toBe(
      '/home/a/.config/ClaimDesk/data',
    )
  })

  it('yields to CLAIMDESK_DATA', () => {
    expect(defaultDataDir({ CLAIMDESK_DATA: '/srv/practice' }, 'linux')).toBe('/srv/practice')
  })
})
