# Sorts and expects each positive value to be one more than the previous, so a repeat
# looks like a gap.
class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        expected = 1
        for value in sorted(nums):
            if value <= 0:
                continue
            if value != expected:
                return expected
            expected += 1
        return expected
