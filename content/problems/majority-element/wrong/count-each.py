# Counts every value by scanning the whole array again: O(n^2).
class Solution:
    def majorityElement(self, nums: List[int]) -> int:
        n = len(nums)
        for value in nums:
            count = 0
            for other in nums:
                if other == value:
                    count += 1
            if count > n // 2:
                return value
        return nums[0]
