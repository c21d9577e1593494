import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: { secret: env('ADMIN_JWT_SECRET') ?? '' },
  apiToken: { salt: env('API_TOKEN_SALT') ?? '' },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') ?? '' } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') ?? '' },
  flags: { nps: false, promoteEE: false },
  // No front-end preview is configured: without this the edit view offers "Set up preview" (a Strapi docs link).
  preview: { enabled: false, config: { handler: () => null } },
  // Strapi AI is a cloud service; a government site runs without network access beyond its databases.
  ai: { enabled: false },
});

export default config;
