function letterCombinations(digits: string): string[] {}
