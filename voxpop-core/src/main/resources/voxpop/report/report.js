// Filters a table's rows by the text typed into its search box. Without scripts the boxes stay
// hidden and every row is shown. Written without the characters that need escaping in XML.
document.querySelectorAll('input.filter').forEach(function (box) {
  var rows = document.querySelectorAll('#' + box.getAttribute('data-table') + ' tbody tr');
  box.hidden = false;
  box.addEventListener('input', function () {
    var q = box.value.trim().toLowerCase();
    rows.forEach(function (row) {
      row.hidden = q !== '' ? row.textContent.toLowerCase().indexOf(q) === -1 : false;
    });
  });
});
