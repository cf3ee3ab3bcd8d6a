# Takes one node from each list in turn.
class Solution:
    def mergeTwoLists(self, list1, list2):
        head = tail = ListNode()
        while list1 or list2:
            for l in (list1, list2):
                if l:
                    tail.next = ListNode(l.val)
                    tail = tail.next
            list1 = list1.next if list1 else None
            list2 = list2.next if list2 else None
        return head.next
