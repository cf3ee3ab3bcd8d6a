function longestCommonSubsequence(text1: string, text2: string): number {}
