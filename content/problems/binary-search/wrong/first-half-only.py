# Only looks at the left half when the target is bigger than the middle.
class Solution:
    def search(self, nums, target):
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            hi = mid - 1
        return -1
