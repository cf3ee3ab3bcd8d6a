# Tries 1, 2, 3, ... and scans the whole array for each one: O(n^2).
class Solution:
    def firstMissingPositive(self, nums: List[int]) -> int:
        candidate = 1
        while True:
            found = False
            for value in nums:
                if value == candidate:
                    found = True
                    break
            if not found:
                return candidate
            candidate += 1
