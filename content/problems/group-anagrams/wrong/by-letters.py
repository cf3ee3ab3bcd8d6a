# Groups by the set of letters, ignoring how often each appears.
class Solution:
    def groupAnagrams(self, strs):
        groups = defaultdict(list)
        for s in strs:
            groups[frozenset(s)].append(s)
        return list(groups.values())
