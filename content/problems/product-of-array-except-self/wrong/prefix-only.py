# Multiplies only what comes before each element.
class Solution:
    def productExceptSelf(self, nums):
        out, p = [], 1
        for x in nums:
            out.append(p)
            p *= x
        return out
