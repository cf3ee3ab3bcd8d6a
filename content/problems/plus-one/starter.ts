function plusOne(digits: number[]): number[] {}
