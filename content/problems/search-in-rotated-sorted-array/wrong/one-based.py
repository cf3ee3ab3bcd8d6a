# Returns positions counted from 1.
class Solution:
    def search(self, nums, target):
        return nums.index(target) + 1 if target in nums else -1
