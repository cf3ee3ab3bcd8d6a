import { z } from "zod";

import { EmailSchema, PasswordSchema } from "~/modules/accounts/auth-schemas";

/** Forms of account recovery and two-factor sign-in (client hints and the actions' authority). */
export const ForgotPasswordSchema = z.object({ email: EmailSchema });

export const ResetTokenSchema = z
  .string({ error: "This reset link is incomplete: open the link from the mail again" })
  .regex(/^[A-Za-z0-9_-]{43}$/, "This reset link is incomplete: open the link from the mail again");

export const ResetPasswordSchema = z
  .object({
    token: ResetTokenSchema,
    password: PasswordSchema,
    confirmPassword: z.string({ error: "Repeat the new password" }).min(1, "Repeat the new password"),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  });

/** A six-digit code from the app, or a recovery code (xxxxx-xxxxx). Spaces and dashes typed are ignored. */
export const TwoFactorCodeSchema = z
  .string({ error: "Enter the code from your app" })
  .transform((v) => v.replace(/[\s-]/g, "").toLowerCase())
  .pipe(
    z
      .string()
      .min(1, "Enter the code from your app")
      .regex(/^(\d{6}|[a-z0-9]{10})$/, "Enter the 6-digit code from your app, or a 10-character recovery code"),
  );

export const TotpCodeSchema = z
  .string({ error: "Enter the code from your app" })
  .transform((v) => v.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your app"));
