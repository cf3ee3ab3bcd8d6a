# "+" replaces the two scores it adds up instead of keeping them.
class Solution:
    def calPoints(self, operations):
        record = []
        for op in operations:
            if op == "+":
                b, a = record.pop(), record.pop()
                record.append(a + b)
            elif op == "D":
                record.append(2 * record[-1])
            elif op == "C":
                record.pop()
            else:
                record.append(int(op))
        return sum(record)
