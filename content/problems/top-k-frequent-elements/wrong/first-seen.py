# The first k distinct values seen.
class Solution:
    def topKFrequent(self, nums, k):
        return list(dict.fromkeys(nums))[:k]
