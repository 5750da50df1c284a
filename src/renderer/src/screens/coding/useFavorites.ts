import { useState } from 'react'
import { displayIcd10cm } from '../../../../shared/validators/icd10cm'
import { call } from '../../api'
import { messageOf } from '../../forms/useApiErrors'
import type { FavoriteRow } from './useCodingSetup'

/** The practice's favorites as this screen shows them, starred and unstarred through main. */
export function useFavorites(initial: FavoriteRow[], tell: (notice: string) => void) {
  const [favorites, setFavorites] = useState(initial)
  const codesOf = (set: FavoriteRow['set']) =>
    new Set(favorites.filter((f) => f.set === set).map((f) => f.code))

  async function toggle(set: FavoriteRow['set'], code: string) {
    const listed = favorites.some((f) => f.set === set && f.code === code)
    const shown = set === 'icd10cm' ? displayIcd10cm(code) : code
    try {
      if (listed) await call('favorites.remove', { set, code })
      else await call('favorites.save', { set, code, label: '' })
      setFavorites(await call('favorites.list', {}))
      tell(listed ? `Removed ${shown} from favorites.` : `Added ${shown} to favorites.`)
    } catch (e) {
      tell(messageOf(e))
    }
  }

  return {
    favorites,
    diagnoses: codesOf('icd10cm'),
    procedures: codesOf('procedure'),
    toggle: (set: FavoriteRow['set'], code: string) => void toggle(set, code),
  }
}
