import { BarChart, LineChart } from '@mantine/charts'
import type { AgingReport, CollectionsTrend } from '../../../../shared/ops/reports'
import type { z } from 'zod'

const HEADS = ['0–30', '31–60', '61–90', '91–120', '120+']
const wholeDollars = (v: number) => `$${Math.round(v).toLocaleString('en-US')}`

/** Insurance and patient balances stacked by age bucket (the charts take dollars, not cents). */
export function AgingChart({ totals, h = 180 }: { totals: AgingReport['totals']; h?: number }) {
  return (
    <BarChart
      h={h}
      data={HEADS.map((bucket, i) => ({
        bucket,
        Insurance: totals.insurance[i]! / 100,
        Patient: totals.patient[i]! / 100,
      }))}
      dataKey="bucket"
      type="stacked"
      valueFormatter={wholeDollars}
      yAxisProps={{ width: 80 }}
      series={[
        { name: 'Insurance', color: 'blue.6' },
        { name: 'Patient', color: 'orange.5' },
      ]}
      withLegend
    />
  )
}

/** Charges against payments, month by month. */
export function CollectionsChart({
  trend,
  h = 220,
}: {
  trend: z.infer<typeof CollectionsTrend>
  h?: number
}) {
  return (
    <LineChart
      h={h}
      data={trend.map((m) => ({
        month: `${m.month.slice(5, 7)}/${m.month.slice(0, 4)}`,
        Charges: m.chargesCents / 100,
        Payments: m.paymentsCents / 100,
      }))}
      dataKey="month"
      valueFormatter={wholeDollars}
      yAxisProps={{ width: 80 }}
      series={[
        { name: 'Charges', color: 'gray.6' },
        { name: 'Payments', color: 'teal.6' },
      ]}
      withLegend
      curveType="linear"
    />
  )
}
