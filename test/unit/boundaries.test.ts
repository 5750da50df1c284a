import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: ROOT })

/** Lints a snippet as if it lived at `file`, returning the restricted-import messages. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message)
}

describe('import boundaries are enforced by lint', () => {
  it('keeps Node and Electron out of src/shared', async () => {
    expect(
      await violations(
        'src/shared/x.ts',
        "import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n",
      ),
    ).toHaveLength(1)
    expect(
      await violations('src/shared/x.ts', "import { join } from 'path'\nexport const a = join\n"),
    ).toHaveLength(1)
    expect(
      await violations('src/shared/x.ts', "import { app } from 'electron'\nexport const a = app\n"),
    ).toHaveLength(1)
    expect(
      await violations('src/shared/x.ts', "import { z } from 'zod'\nexport const a = z\n"),
    ).toHaveLength(0)
  })

  it('keeps main out of the renderer', async () => {
    expect(
      await violations(
        'src/renderer/src/x.ts',
        "import { Office } from '../../main/office'\nexport const a = Office\n",
      ),
    ).toHaveLength(1)
    expect(
      await violations(
        'src/renderer/src/x.ts',
        "import { ops } from '../../shared/api'\nexport const a = ops\n",
      ),
    ).toHaveLength(0)
  })

  it('lets only the shell files in src/main import electron', async () => {
    const code = "import { app } from 'electron'\nexport const a = app\n"
    expect(await violations('src/main/billing/claim.ts', code)).toHaveLength(1)
    expect(await violations('src/main/api/router.ts', code)).toHaveLength(1)
    expect(await violations('src/main/window.ts', code)).toHaveLength(0)
    expect(await violations('src/main/index.ts', code)).toHaveLength(0)
  })
})
