import { factories } from '@strapi/strapi';
import { annualReportDetail, annualReportItem } from '../../../domain/public-api/shapes';
import { ANNUAL_REPORT_LIST } from '../../../domain/public-api/specs';
import { publicAnnualReports } from '../../../repositories/public-content';
import { publicReadActions } from '../../../services/public-api';
import { UID } from '../../../uid';

/** Public reads of published 政府信息公开工作年度报告. */
export default factories.createCoreController(UID.annualReport, ({ strapi }) =>
  publicReadActions(strapi, ANNUAL_REPORT_LIST, publicAnnualReports, annualReportItem, annualReportDetail),
);
