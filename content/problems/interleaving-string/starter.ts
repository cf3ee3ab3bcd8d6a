function isInterleave(s1: string, s2: string, s3: string): boolean {}
