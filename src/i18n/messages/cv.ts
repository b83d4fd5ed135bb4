// User-visible text for the cv area, in English and Korean: why a CV was refused and what to do next.
import { defineMessages } from '../define-messages.js';

export const cvMessages = defineMessages({
  en: {
    'cv.not_pdf':
      '`{fileName}` is not a PDF. Please send your CV as a PDF file: in Word, Google Docs or Pages, use File → Download/Export → PDF.',
    'cv.too_big':
      'Your CV is {sizeMb} MB, but the limit is {maxMb} MB. Please export it again with smaller images (or compress it) and send the lighter PDF.',
    'cv.too_many_pages':
      'Your CV has {pages} pages, but I can read at most {maxPages}. Please send a shorter version: one or two pages work best.',
    'cv.encrypted':
      'This PDF is password-protected, so I cannot read it. Please save a copy without the password (for example, print it to a new PDF) and send that.',
    'cv.corrupt':
      'I could not open this PDF: the file looks damaged or incomplete. Please export it again from your editor and send the new file.',
    'cv.scanned':
      'This PDF looks like a scan or a photo: it has no text I can read. Please export your CV as a text PDF from the editor you wrote it in (Word, Google Docs, LaTeX, …) instead of scanning it.',
    'cv.too_little_text':
      'I found almost no text in this PDF, not enough to ask about your experience. Please check that it is your full CV and send it again.',
    'cv.timeout':
      'Reading this PDF took too long or needed too much memory, so I stopped. Please export it again as a simpler PDF (fewer images, standard fonts) and send it again.',
  },
  ko: {
    'cv.not_pdf':
      '`{fileName}` 파일은 PDF가 아닙니다. 이력서를 PDF로 보내 주세요. Word, 구글 문서, 한글 등에서 [다운로드] 또는 [다른 이름으로 저장] → PDF를 선택하면 됩니다.',
    'cv.too_big':
      '이력서 파일이 {sizeMb}MB로, 최대 크기인 {maxMb}MB를 넘습니다. 이미지를 줄이거나 압축해서 더 가벼운 PDF로 다시 보내 주세요.',
    'cv.too_many_pages':
      '이력서가 {pages}쪽으로, 읽을 수 있는 최대 분량인 {maxPages}쪽을 넘습니다. 분량을 줄여서 다시 보내 주세요. 1~2쪽 분량이 가장 좋습니다.',
    'cv.encrypted':
      '비밀번호로 보호된 PDF라서 내용을 읽을 수 없습니다. 비밀번호가 없는 사본을 만들어(예: PDF로 인쇄) 다시 보내 주세요.',
    'cv.corrupt':
      'PDF 파일을 열 수 없습니다. 파일이 손상되었거나 일부만 전송된 것 같습니다. 작성한 프로그램에서 PDF로 다시 내보낸 뒤 보내 주세요.',
    'cv.scanned':
      '스캔본이나 사진으로 만든 PDF로 보여서 읽을 수 있는 텍스트가 없습니다. 스캔하지 말고, 이력서를 작성한 프로그램(Word, 구글 문서, 한글, LaTeX 등)에서 텍스트가 담긴 PDF로 내보내 다시 보내 주세요.',
    'cv.too_little_text':
      'PDF에서 텍스트를 거의 찾지 못해 경력에 대해 질문을 드리기 어렵습니다. 이력서 전체가 담긴 파일이 맞는지 확인한 뒤 다시 보내 주세요.',
    'cv.timeout':
      'PDF를 읽는 데 시간이 너무 오래 걸리거나 메모리가 너무 많이 필요해서 중단했습니다. 이미지를 줄이고 일반 글꼴을 사용한 더 단순한 PDF로 다시 내보낸 뒤 보내 주세요.',
  },
});
