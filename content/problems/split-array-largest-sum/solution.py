class Solution:
    def splitArray(self, nums: List[int], k: int) -> int:
        def days_needed(cap: int) -> int:
            days, current = 1, 0
            for length in nums:
                if current + length > cap:
                    days += 1
                    current = 0
                current += length
            return days

        lo, hi = max(nums), sum(nums)
        while lo < hi:
            mid = (lo + hi) // 2
            if days_needed(mid) <= k:
                hi = mid
            else:
                lo = mid + 1
        return lo
