import type { Core } from '@strapi/strapi';
import { reportDeadline, reportDueOn, REPORT_DEADLINE_STATES } from '../domain/annual-report/deadlines';
import { chinaLocalDate } from '../domain/dates';
import { enumLabel } from '../domain/enums';
import { departmentReportFacts } from '../repositories/annual-reports';

/**
 * The 公开办's list for `year`: every department whose report was published after its due date or is
 * still unpublished after it, most days late first.
 */
export const lateAnnualReports = async (strapi: Core.Strapi, year: number, today: string) =>
  (await departmentReportFacts(strapi, year))
    .map(({ department, firstPublishedAt }) => ({
      department: {
        documentId: department.documentId,
        name: department.name,
        level: department.level,
        levelLabel: department.level ? enumLabel('departmentLevel', department.level) : null,
      },
      ...reportDeadline(
        reportDueOn(department.level, year),
        firstPublishedAt === null ? null : chinaLocalDate(new Date(firstPublishedAt)),
        today,
      ),
    }))
    .filter((row) => row.state === 'late' || row.state === 'overdue')
    .map((row) => ({ ...row, stateLabel: REPORT_DEADLINE_STATES[row.state] }))
    .sort((a, b) => b.daysLate - a.daysLate);
