import type { ReactNode } from 'react'
import type { Permission } from '../../shared/permissions'
import { About } from './screens/About'
import { Dashboard } from './screens/dashboard/Dashboard'
import { Audit } from './screens/Audit'
import { Backup } from './screens/Backup'
import { Claims } from './screens/claims/Claims'
import { CodeSets } from './screens/codes/CodeSets'
import { Coding } from './screens/coding/Coding'
import { Patients } from './screens/patients/Patients'
import { Payments } from './screens/payments/Payments'
import { PaymentPlans } from './screens/plans/PaymentPlans'
import { Practice } from './screens/practice/Practice'
import { Remits } from './screens/remits/Remits'
import { Settings } from './screens/Settings'
import { Users } from './screens/Users'
import { Inbox } from './screens/inbox/Inbox'
import { FollowUp } from './screens/followup/FollowUp'
import { Statements } from './screens/statements/Statements'
import { Reports } from './screens/reports/Reports'

export interface Area {
  id: string
  label: string
  /** Left out of the navigation for roles without it; main refuses the calls anyway. */
  permission?: Permission
  render: () => ReactNode
}

// Billing areas join this list as they are built.
export const AREAS: Area[] = [
  // The billers' first screen after sign-in; the front desk starts at Patients.
  { id: 'today', label: 'Today', permission: 'followup.work', render: () => <Dashboard /> },
  { id: 'patients', label: 'Patients', permission: 'patients.read', render: () => <Patients /> },
  { id: 'coding', label: 'Coding', permission: 'visits.read', render: () => <Coding /> },
  { id: 'claims', label: 'Claims', permission: 'claims.read', render: () => <Claims /> },
  { id: 'followup', label: 'Follow-up', permission: 'followup.work', render: () => <FollowUp /> },
  { id: 'inbox', label: 'Inbox', permission: 'inbox.read', render: () => <Inbox /> },
  { id: 'remits', label: 'Remittances', permission: 'payments.post', render: () => <Remits /> },
  { id: 'payments', label: 'Payments', permission: 'payments.read', render: () => <Payments /> },
  {
    id: 'plans',
    label: 'Payment plans',
    permission: 'payments.read',
    render: () => <PaymentPlans />,
  },
  {
    id: 'statements',
    label: 'Statements',
    permission: 'statements.run',
    render: () => <Statements />,
  },
  { id: 'reports', label: 'Reports', permission: 'reports.read', render: () => <Reports /> },
  { id: 'practice', label: 'Practice', permission: 'practice.read', render: () => <Practice /> },
  { id: 'codes', label: 'Code sets', permission: 'codes.read', render: () => <CodeSets /> },
  { id: 'users', label: 'Users', permission: 'users.manage', render: () => <Users /> },
  { id: 'audit', label: 'Audit log', permission: 'audit.read', render: () => <Audit /> },
  { id: 'backup', label: 'Backup', permission: 'backup.run', render: () => <Backup /> },
  { id: 'settings', label: 'Settings', permission: 'settings.manage', render: () => <Settings /> },
  { id: 'about', label: 'About', render: () => <About /> },
]

export function areasFor(permissions: readonly Permission[]): Area[] {
  return AREAS.filter((a) => !a.permission || permissions.includes(a.permission))
}
