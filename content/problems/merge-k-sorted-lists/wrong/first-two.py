# Merges only the first two lists.
class Solution:
    def mergeKLists(self, lists):
        vals = []
        for l in lists[:2]:
            while l:
                vals.append(l.val)
                l = l.next
        head = tail = ListNode()
        for v in sorted(vals):
            tail.next = ListNode(v)
            tail = tail.next
        return head.next
