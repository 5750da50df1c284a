import { ActionIcon, Kbd, Text, Title, UnstyledButton } from '@mantine/core'
import { displayIcd10cm } from '../../../../shared/validators/icd10cm'
import type { FavoriteRow } from './useCodingSetup'

interface Props {
  favorites: readonly FavoriteRow[]
  readOnly: boolean
  onUse: (favorite: FavoriteRow) => void
  onRemove: (favorite: FavoriteRow) => void
}

/** How many favorites have a key of their own (Alt+1 … Alt+9). */
export const FAVORITE_KEYS = 9

/**
 * The practice's common codes: Alt+1…9 adds one (a diagnosis to the list, a procedure as a new
 * line). The star beside a diagnosis or line (Alt+F) puts its code here.
 */
export function Favorites({ favorites, readOnly, onUse, onRemove }: Props) {
  return (
    <aside className="favorites" aria-labelledby="fav-title">
      <Title order={5} id="fav-title" mb={4}>
        Favorites
      </Title>
      {favorites.length === 0 && (
        <Text size="xs" c="dimmed">
          None yet. Star a diagnosis or line (<Kbd size="xs">Alt+F</Kbd>) to keep its code one
          keystroke away.
        </Text>
      )}
      <ol className="fav-list" aria-label="Favorite codes">
        {favorites.map((f, index) => {
          const key = index < FAVORITE_KEYS ? `Alt+${index + 1}` : null
          const code = f.set === 'icd10cm' ? displayIcd10cm(f.code) : f.code
          return (
            <li key={`${f.set}:${f.code}`} className="fav-item">
              <UnstyledButton
                className="fav-use"
                tabIndex={-1}
                disabled={readOnly}
                title={`${f.set === 'icd10cm' ? 'Add diagnosis' : 'Add line'} ${code}${key ? ` (${key})` : ''}`}
                onClick={() => onUse(f)}
              >
                <span className="fav-line">
                  <span className="fav-key">{key ? <Kbd size="xs">{key}</Kbd> : null}</span>
                  <span className="mono fav-code">{code}</span>
                </span>
                <span className="fav-text">
                  {f.label || f.description || (f.set === 'icd10cm' ? 'Diagnosis' : 'Procedure')}
                </span>
              </UnstyledButton>
              {!readOnly && (
                <ActionIcon
                  size="xs"
                  variant="subtle"
                  color="gray"
                  tabIndex={-1}
                  aria-label={`Remove ${code} from favorites`}
                  title="Remove from favorites"
                  onClick={() => onRemove(f)}
                >
                  ✕
                </ActionIcon>
              )}
            </li>
          )
        })}
      </ol>
    </aside>
  )
}
