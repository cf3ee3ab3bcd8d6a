# Integer division of the two middle numbers drops the .5.
class MedianFinder:
    def __init__(self):
        self.nums = []
    def addNum(self, num):
        self.nums.append(num)
        self.nums.sort()
    def findMedian(self):
        n = len(self.nums)
        if n % 2:
            return self.nums[n // 2]
        return (self.nums[n // 2 - 1] + self.nums[n // 2]) // 2
