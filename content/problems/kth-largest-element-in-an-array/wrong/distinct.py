# Drops duplicates before counting.
class Solution:
    def findKthLargest(self, nums, k):
        return sorted(set(nums), reverse=True)[min(k, len(set(nums))) - 1]
