function isAlphanumeric(code) {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

var isPalindrome = function (s) {
  let i = 0;
  let j = s.length - 1;
  while (i < j) {
    if (!isAlphanumeric(s.charCodeAt(i))) {
      i++;
    } else if (!isAlphanumeric(s.charCodeAt(j))) {
      j--;
    } else {
      if (s[i].toLowerCase() !== s[j].toLowerCase()) return false;
      i++;
      j--;
    }
  }
  return true;
};
