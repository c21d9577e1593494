/** The public API (see public-api-contract.md); errors carry Strapi's Chinese message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const getJson = async (path, params) => {
  const query = params ? params.toString() : '';
  const response = await fetch(query ? `${path}?${query}` : path, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.error?.message ?? `服务器返回 ${response.status}`);
  return body;
};

let catalogue = null;

/** 公开目录: departments with their topics; loaded once per visit, again after a failure. */
export const loadCatalogue = () => {
  catalogue ??= getJson('/api/disclosure-catalogue').catch((error) => {
    catalogue = null;
    throw error;
  });
  return catalogue;
};

/** POSTs `{ data }`; answers the body, or throws with the server's Chinese message (all reasons joined). */
export const postJson = async (path, data) => {
  const response = await fetch(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ data }),
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.error?.message ?? `服务器返回 ${response.status}`);
  return body;
};
