import { z } from "zod";

/** Field rules shared by the forms (client hints) and the actions (the authority). */
export const UsernameSchema = z
  .string({ error: "Username is required" })
  .trim()
  .toLowerCase()
  .min(3, "Username must be at least 3 characters")
  .max(24, "Username must be at most 24 characters")
  .regex(/^[a-z0-9_-]+$/, "Use only letters, digits, _ and -");

export const EmailSchema = z
  .string({ error: "Email is required" })
  .trim()
  .toLowerCase()
  .min(1, "Email is required")
  .max(254, "Email is too long")
  .pipe(z.email({ error: "Enter a valid email address" }));

/** bcrypt reads only the first 72 bytes of a password: longer ones are refused, not cut. */
export const PASSWORD_MAX_BYTES = 72;
const utf8Length = (s: string) => new TextEncoder().encode(s).length;
const fitsBcrypt = (s: string) => utf8Length(s) <= PASSWORD_MAX_BYTES;

export const PasswordSchema = z
  .string({ error: "Password is required" })
  .min(8, "Password must be at least 8 characters")
  .max(PASSWORD_MAX_BYTES, `Password must be at most ${PASSWORD_MAX_BYTES} characters`)
  .refine(fitsBcrypt, `Password must be at most ${PASSWORD_MAX_BYTES} bytes (accented letters and emoji count 2–4)`);

/** A password typed to sign in or confirm: never one that could not have been set. */
const ExistingPasswordSchema = (required: string) =>
  z
    .string({ error: required })
    .min(1, required)
    .refine(
      fitsBcrypt,
      `Passwords are at most ${PASSWORD_MAX_BYTES} bytes. If you chose a longer one before, only its first ${PASSWORD_MAX_BYTES} bytes ever counted: type those.`,
    );

export const SignupSchema = z.object({
  username: UsernameSchema,
  email: EmailSchema,
  password: PasswordSchema,
});

export const LoginSchema = z.object({
  login: z
    .string({ error: "Enter your username or email" })
    .trim()
    .toLowerCase()
    .min(1, "Enter your username or email")
    .max(254, "That is too long to be a username or email"),
  password: ExistingPasswordSchema("Enter your password"),
  redirectTo: z.string().max(2048).optional(),
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: ExistingPasswordSchema("Enter your current password"),
    newPassword: PasswordSchema,
    confirmPassword: z.string({ error: "Repeat the new password" }).min(1, "Repeat the new password"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  });
