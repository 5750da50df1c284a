/**
 * Names for demo patients. Last names are built from stems that say "not a real person"
 * (Testpatient, Fakename, Sampleton…); first names come from a fixed list of common ones.
 */
const STEMS = [
  'Test',
  'Fake',
  'Sample',
  'Demo',
  'Mock',
  'Example',
  'Dummy',
  'Pretend',
  'Madeup',
  'Notreal',
  'Fiction',
  'Pseudo',
  'Trial',
  'Placebo',
  'Stand',
] as const

const ENDINGS = [
  'patient',
  'name',
  'son',
  'man',
  'ford',
  'ton',
  'berg',
  'field',
  'well',
  'ley',
  'wood',
  'worth',
  'by',
  'stein',
  'more',
  'ridge',
  'dale',
  'croft',
  'ham',
  'ington',
] as const

export const LAST_NAMES: readonly string[] = STEMS.flatMap((stem) =>
  ENDINGS.map((end) => stem + end),
)

export const FEMALE_FIRST_NAMES: readonly string[] = (
  'Alice Beatrice Carla Diana Edith Fiona Gina Hannah Iris Julia Karen Laura Maria Nora Olivia ' +
  'Paula Rosa Sara Teresa Uma Vera Wendy Yvonne Zoe Amy Bella Chloe Dora Emma Grace Helen Ivy ' +
  'Jane Kate Lily Mia Nina Ruth Sofia Tina'
).split(' ')

export const MALE_FIRST_NAMES: readonly string[] = (
  'Adam Bruno Carl Dmitri Eric Frank George Hal Ivan Jack Kevin Leo Mark Ned Oscar Paul ' +
  'Quinn Ray Sam Tom Victor Walter Xavier Yusuf Zack Aaron Ben Colin Dan Ed Fred Gus Henry ' +
  'Ian Joel Ken Luke Max Noah Owen'
).split(' ')

export const MIDDLE_INITIALS: readonly string[] = 'A B C D E F G H J K L M N P R S T W'.split(' ')
