class Solution:
    def medianSlidingWindow(self, nums: List[int], k: int) -> List[float]:
        low, high = [], []  # low is a max-heap (negated values), high a min-heap
        delayed = defaultdict(int)
        sizes = [0, 0]  # live elements in low and high

        def prune(heap, sign):
            while heap and delayed[sign * heap[0]]:
                delayed[sign * heap[0]] -= 1
                heappop(heap)

        def rebalance():
            if sizes[0] > sizes[1] + 1:
                heappush(high, -heappop(low))
                sizes[0] -= 1
                sizes[1] += 1
                prune(low, -1)
            elif sizes[0] < sizes[1]:
                heappush(low, -heappop(high))
                sizes[1] -= 1
                sizes[0] += 1
                prune(high, 1)

        def add(value):
            if not low or value <= -low[0]:
                heappush(low, -value)
                sizes[0] += 1
            else:
                heappush(high, value)
                sizes[1] += 1
            rebalance()

        def remove(value):
            delayed[value] += 1
            if value <= -low[0]:
                sizes[0] -= 1
                if value == -low[0]:
                    prune(low, -1)
            else:
                sizes[1] -= 1
                if high and value == high[0]:
                    prune(high, 1)
            rebalance()

        def median():
            if k % 2:
                return float(-low[0])
            return (-low[0] + high[0]) / 2

        for i in range(k):
            add(nums[i])
        result = [median()]
        for i in range(k, len(nums)):
            add(nums[i])
            remove(nums[i - k])
            result.append(median())
        return result
