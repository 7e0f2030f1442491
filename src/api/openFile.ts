// Opens a file the back end generated and handed out by a short-lived link (a 台账). In H5
// the browser downloads it under its Chinese name; the mini-program build downloads it and
// opens it with wx.openDocument (openFile.weapp.ts).
export async function openFile(url: string, fileName: string): Promise<void> {
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
}
