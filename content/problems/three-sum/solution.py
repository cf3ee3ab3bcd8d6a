class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        a = sorted(nums)
        n = len(a)
        result = []
        for i in range(n - 2):
            first = a[i]
            if first > 0:
                break  # the smallest value is positive: no more zero sums
            if i > 0 and first == a[i - 1]:
                continue  # same first value as before
            lo, hi = i + 1, n - 1
            while lo < hi:
                s = first + a[lo] + a[hi]
                if s < 0:
                    lo += 1
                elif s > 0:
                    hi -= 1
                else:
                    result.append([first, a[lo], a[hi]])
                    lo += 1
                    hi -= 1
                    while lo < hi and a[lo] == a[lo - 1]:
                        lo += 1
                    while lo < hi and a[hi] == a[hi + 1]:
                        hi -= 1
        return result
