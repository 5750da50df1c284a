import { Table } from '@mantine/core'
import { cents, formatCents } from '../../../shared/money'
import type { ClaimLineView } from '../../../shared/schemas/claim'
import { POINTER_LETTERS } from '../../../shared/schemas/visit'
import { displayIcd10cm } from '../../../shared/validators/icd10cm'

/** The claim's service lines (loop 2400) as they go out; a finding can point at one. */
export function ClaimLineTable({
  lines,
  diagnoses,
}: {
  lines: ClaimLineView[]
  diagnoses: string[]
}) {
  const total = lines.reduce((sum, l) => sum + l.chargeCents, 0)
  return (
    <Table aria-label="Service lines" data-testid="claim-lines">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={50}>Line</Table.Th>
          <Table.Th w={90}>Code</Table.Th>
          <Table.Th w={110}>Modifiers</Table.Th>
          <Table.Th w={60} ta="right">
            Units
          </Table.Th>
          <Table.Th w={110} ta="right">
            Charge
          </Table.Th>
          <Table.Th>Diagnosis pointers</Table.Th>
          <Table.Th>NDC</Table.Th>
          <Table.Th>Line control no.</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((l, i) => (
          <Table.Tr
            key={l.lineNo}
            tabIndex={-1}
            data-field={`lines.${i}`}
            aria-label={`Line ${l.lineNo}`}
          >
            <Table.Td>{l.lineNo}</Table.Td>
            <Table.Td ff="monospace">{l.code}</Table.Td>
            <Table.Td ff="monospace">{l.modifiers.join(' ')}</Table.Td>
            <Table.Td ta="right">{l.units}</Table.Td>
            <Table.Td ta="right">{formatCents(cents(l.chargeCents))}</Table.Td>
            <Table.Td>
              {l.pointers
                .map(
                  (p) =>
                    `${POINTER_LETTERS[p - 1] ?? p} ${displayIcd10cm(diagnoses[p - 1] ?? '?')}`,
                )
                .join(', ')}
            </Table.Td>
            <Table.Td ff="monospace" fz="xs">
              {l.ndc ? `${l.ndc.code} ${l.ndc.quantity} ${l.ndc.unit}` : ''}
            </Table.Td>
            <Table.Td ff="monospace" fz="xs">
              {l.lineControlNumber}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th colSpan={4} ta="right">
            Total
          </Table.Th>
          <Table.Th ta="right" data-testid="claim-lines-total">
            {formatCents(cents(total))}
          </Table.Th>
          <Table.Th colSpan={3} />
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  )
}
