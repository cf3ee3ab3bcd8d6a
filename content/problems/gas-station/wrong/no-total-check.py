# Finds a start but never checks that the whole loop has enough gas.
class Solution:
    def canCompleteCircuit(self, gas, cost):
        start, tank = 0, 0
        for i in range(len(gas)):
            tank += gas[i] - cost[i]
            if tank < 0:
                start, tank = i + 1, 0
        return start if start < len(gas) else -1
