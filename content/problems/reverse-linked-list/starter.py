# The judge provides the list node class:
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next

def reverse_list(head: Optional[ListNode]) -> Optional[ListNode]:
    pass
