function multiply(num1: string, num2: string): string {}
