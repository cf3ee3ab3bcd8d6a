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

export const PasswordSchema = z
  .string({ error: "Password is required" })
  .min(8, "Password must be at least 8 characters")
  .max(128, "Password must be at most 128 characters");

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
  password: z
    .string({ error: "Enter your password" })
    .min(1, "Enter your password")
    .max(128, "Password must be at most 128 characters"),
  redirectTo: z.string().max(2048).optional(),
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(128),
    newPassword: PasswordSchema,
    confirmPassword: z.string({ error: "Repeat the new password" }).min(1, "Repeat the new password"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  });
