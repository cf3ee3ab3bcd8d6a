def group_anagrams(strs: List[str]) -> List[List[str]]:
    pass
