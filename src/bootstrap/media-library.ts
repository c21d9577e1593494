import type { Core } from '@strapi/strapi';
import { canSeeFileNow, checkFileChange, hiddenFileIds } from '../services/media-scope';

interface UploadService {
  findOne(id: number | string, populate?: unknown): Promise<unknown>;
  findPage(query?: Record<string, unknown>): Promise<unknown>;
  updateFileInfo(id: number | string, info: unknown, opts?: unknown): Promise<unknown>;
  replace(id: number | string, input: unknown, opts?: unknown): Promise<unknown>;
  remove(file: { id: number }): Promise<unknown>;
}

interface FileService {
  deleteByIds(ids?: number[]): Promise<unknown>;
}

/**
 * The media library knows nothing of departments: any editor with its permissions could list, open,
 * replace and delete every file. Its service is wrapped so that every route (list, by id, replace,
 * edit, delete, bulk delete) applies the department scope of services/media-scope.ts; a file the user
 * may not see does not exist for them (404), and refused changes answer 400 with a Chinese reason.
 */
export const scopeMediaLibrary = (strapi: Core.Strapi): void => {
  const upload = strapi.plugin('upload').service('upload') as UploadService;
  const { findOne, findPage, updateFileInfo, replace, remove } = {
    findOne: upload.findOne.bind(upload),
    findPage: upload.findPage.bind(upload),
    updateFileInfo: upload.updateFileInfo.bind(upload),
    replace: upload.replace.bind(upload),
    remove: upload.remove.bind(upload),
  };
  upload.findOne = async (id, populate) => ((await canSeeFileNow(strapi, Number(id))) ? findOne(id, populate) : null);
  upload.findPage = async (query = {}) => {
    const hidden = await hiddenFileIds(strapi);
    if (!hidden || hidden.length === 0) return findPage(query);
    const scoped = { id: { $notIn: hidden } };
    return findPage({ ...query, filters: query.filters ? { $and: [query.filters, scoped] } : scoped });
  };
  upload.updateFileInfo = async (id, info, opts) => {
    await checkFileChange(strapi, Number(id), 'update');
    return updateFileInfo(id, info, opts);
  };
  upload.replace = async (id, input, opts) => {
    await checkFileChange(strapi, Number(id), 'replace');
    return replace(id, input, opts);
  };
  upload.remove = async (file) => {
    await checkFileChange(strapi, file.id, 'delete');
    return remove(file);
  };
  // Bulk delete removes its files in parallel: every file is checked first, so one refused file
  // leaves all of them in place.
  const fileService = strapi.plugin('upload').service('file') as FileService;
  const deleteByIds = fileService.deleteByIds.bind(fileService);
  fileService.deleteByIds = async (ids = []) => {
    for (const id of ids) await checkFileChange(strapi, Number(id), 'delete');
    return deleteByIds(ids);
  };
};
