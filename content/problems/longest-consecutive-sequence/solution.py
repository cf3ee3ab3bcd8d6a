class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        values = set(nums)
        best = 0
        for x in values:
            if x - 1 in values:
                continue  # x is not the start of a run
            length = 1
            while x + length in values:
                length += 1
            best = max(best, length)
        return best
